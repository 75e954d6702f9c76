# Three-tier web application: exported by VPC Flow Lab.
# Instances launch from var.ami_id (variables.tf), which has no default.

terraform {
  required_version = ">= 1.5.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 6.0"
    }
  }
}

provider "aws" {
  region = var.region
}

variable "region" {
  description = "The AWS region of the network."
  type        = string
  default     = "us-east-1"
}

# The drawing does not say which image its instances run, so the AMI has no default:
# terraform plan asks for it (or pass -var ami_id=ami-…).
variable "ami_id" {
  description = "The AMI every instance launches from."
  type        = string
}

variable "instance_type" {
  description = "The instance type of every instance."
  type        = string
  default     = "t3.micro"
}

resource "aws_vpc" "three_tier" {
  cidr_block = "10.0.0.0/16"

  tags = {
    Name = "three-tier"
  }
}

resource "aws_subnet" "public_web" {
  vpc_id            = aws_vpc.three_tier.id
  cidr_block        = "10.0.1.0/24"
  availability_zone = "${var.region}a"

  tags = {
    Name = "public-web"
  }
}

resource "aws_subnet" "private_app" {
  vpc_id            = aws_vpc.three_tier.id
  cidr_block        = "10.0.2.0/24"
  availability_zone = "${var.region}a"

  tags = {
    Name = "private-app"
  }
}

resource "aws_subnet" "private_db" {
  vpc_id            = aws_vpc.three_tier.id
  cidr_block        = "10.0.3.0/24"
  availability_zone = "${var.region}a"

  tags = {
    Name = "private-db"
  }
}

resource "aws_internet_gateway" "three_tier_igw" {
  vpc_id = aws_vpc.three_tier.id

  tags = {
    Name = "three-tier-igw"
  }
}

# The Elastic IP of NAT gateway three-tier-nat; AWS allocates its address.
resource "aws_eip" "three_tier_nat" {
  domain = "vpc"

  tags = {
    Name = "three-tier-nat"
  }
}

resource "aws_nat_gateway" "three_tier_nat" {
  allocation_id = aws_eip.three_tier_nat.id
  subnet_id     = aws_subnet.public_web.id
  private_ip    = "10.0.1.100"

  tags = {
    Name = "three-tier-nat"
  }

  depends_on = [aws_internet_gateway.three_tier_igw]
}

resource "aws_route_table" "public" {
  vpc_id = aws_vpc.three_tier.id

  tags = {
    Name = "public"
  }
}

resource "aws_route" "public_default" {
  route_table_id         = aws_route_table.public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.three_tier_igw.id
}

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.three_tier.id

  tags = {
    Name = "private"
  }
}

resource "aws_route" "private_default" {
  route_table_id         = aws_route_table.private.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.three_tier_nat.id
}

resource "aws_route_table_association" "public_web" {
  subnet_id      = aws_subnet.public_web.id
  route_table_id = aws_route_table.public.id
}

resource "aws_route_table_association" "private_app" {
  subnet_id      = aws_subnet.private_app.id
  route_table_id = aws_route_table.private.id
}

resource "aws_route_table_association" "private_db" {
  subnet_id      = aws_subnet.private_db.id
  route_table_id = aws_route_table.private.id
}

resource "aws_network_acl" "app" {
  vpc_id = aws_vpc.three_tier.id

  tags = {
    Name = "app"
  }
}

resource "aws_network_acl_rule" "app_ingress_100" {
  network_acl_id = aws_network_acl.app.id
  rule_number    = 100
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "10.0.1.0/24"
  from_port      = 8080
  to_port        = 8080
}

resource "aws_network_acl_rule" "app_ingress_110" {
  network_acl_id = aws_network_acl.app.id
  rule_number    = 110
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  from_port      = 1024
  to_port        = 65535
}

resource "aws_network_acl_rule" "app_egress_100" {
  network_acl_id = aws_network_acl.app.id
  rule_number    = 100
  egress         = true
  protocol       = "-1"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
}

resource "aws_network_acl" "db" {
  vpc_id = aws_vpc.three_tier.id

  tags = {
    Name = "db"
  }
}

resource "aws_network_acl_rule" "db_ingress_100" {
  network_acl_id = aws_network_acl.db.id
  rule_number    = 100
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "10.0.0.0/16"
  from_port      = 5432
  to_port        = 5432
}

resource "aws_network_acl_rule" "db_egress_100" {
  network_acl_id = aws_network_acl.db.id
  rule_number    = 100
  egress         = true
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "10.0.0.0/16"
  from_port      = 1024
  to_port        = 65535
}

resource "aws_network_acl_association" "private_app" {
  network_acl_id = aws_network_acl.app.id
  subnet_id      = aws_subnet.private_app.id
}

resource "aws_network_acl_association" "private_db" {
  network_acl_id = aws_network_acl.db.id
  subnet_id      = aws_subnet.private_db.id
}

resource "aws_security_group" "web" {
  name        = "web"
  description = "web"
  vpc_id      = aws_vpc.three_tier.id
}

resource "aws_vpc_security_group_ingress_rule" "web_tcp_443_anywhere" {
  security_group_id = aws_security_group.web.id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_ingress_rule" "web_tcp_80_anywhere" {
  security_group_id = aws_security_group.web.id
  ip_protocol       = "tcp"
  from_port         = 80
  to_port           = 80
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_egress_rule" "web_all_anywhere" {
  security_group_id = aws_security_group.web.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_security_group" "app" {
  name        = "app"
  description = "app"
  vpc_id      = aws_vpc.three_tier.id
}

resource "aws_vpc_security_group_ingress_rule" "app_tcp_8080_web" {
  security_group_id            = aws_security_group.app.id
  ip_protocol                  = "tcp"
  from_port                    = 8080
  to_port                      = 8080
  referenced_security_group_id = aws_security_group.web.id
}

resource "aws_vpc_security_group_egress_rule" "app_all_anywhere" {
  security_group_id = aws_security_group.app.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_security_group" "db" {
  name        = "db"
  description = "db"
  vpc_id      = aws_vpc.three_tier.id
}

resource "aws_vpc_security_group_ingress_rule" "db_tcp_5432_app" {
  security_group_id            = aws_security_group.db.id
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  referenced_security_group_id = aws_security_group.app.id
}

resource "aws_vpc_security_group_egress_rule" "db_all_anywhere" {
  security_group_id = aws_security_group.db.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_instance" "web_1" {
  ami                         = var.ami_id
  instance_type               = var.instance_type
  subnet_id                   = aws_subnet.public_web.id
  private_ip                  = "10.0.1.10"
  vpc_security_group_ids      = [aws_security_group.web.id]
  associate_public_ip_address = true

  tags = {
    Name = "web-1"
  }
}

resource "aws_instance" "web_2" {
  ami                         = var.ami_id
  instance_type               = var.instance_type
  subnet_id                   = aws_subnet.public_web.id
  private_ip                  = "10.0.1.11"
  vpc_security_group_ids      = [aws_security_group.web.id]
  associate_public_ip_address = true

  tags = {
    Name = "web-2"
  }
}

resource "aws_instance" "app_1" {
  ami                    = var.ami_id
  instance_type          = var.instance_type
  subnet_id              = aws_subnet.private_app.id
  private_ip             = "10.0.2.10"
  vpc_security_group_ids = [aws_security_group.app.id]

  tags = {
    Name = "app-1"
  }
}

resource "aws_instance" "app_2" {
  ami                    = var.ami_id
  instance_type          = var.instance_type
  subnet_id              = aws_subnet.private_app.id
  private_ip             = "10.0.2.11"
  vpc_security_group_ids = [aws_security_group.app.id]

  tags = {
    Name = "app-2"
  }
}

resource "aws_instance" "db_1" {
  ami                    = var.ami_id
  instance_type          = var.instance_type
  subnet_id              = aws_subnet.private_db.id
  private_ip             = "10.0.3.10"
  vpc_security_group_ids = [aws_security_group.db.id]

  tags = {
    Name = "db-1"
  }
}

resource "aws_instance" "db_2" {
  ami                    = var.ami_id
  instance_type          = var.instance_type
  subnet_id              = aws_subnet.private_db.id
  private_ip             = "10.0.3.11"
  vpc_security_group_ids = [aws_security_group.db.id]

  tags = {
    Name = "db-2"
  }
}
